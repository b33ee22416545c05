package org.vndirective.lineage.cli;
public final class Main { public static void main(String[] a) {} }
