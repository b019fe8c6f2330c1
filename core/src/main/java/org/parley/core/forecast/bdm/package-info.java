/** Bueno de Mesquita's expected-utility ("challenge") model as reconstructed by Scholz, Calbert and Smith (2011). */
package org.parley.core.forecast.bdm;
