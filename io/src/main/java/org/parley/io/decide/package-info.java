/** The "decide" sample format of Stokman's exchange model: #A actor, #P issue, #M scale point, #D actor-issue records. */
package org.parley.io.decide;
