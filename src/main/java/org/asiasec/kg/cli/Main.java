package org.asiasec.kg.cli; public class Main { public static void main(String[] a){} }
