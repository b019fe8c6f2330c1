package org.parley.core.verdict;

/** One term a bargaining solution sets differently from a package: the issue, its value in each (issue units). */
public record TermShift(String issue, double inPackage, double inSolution) {
}
