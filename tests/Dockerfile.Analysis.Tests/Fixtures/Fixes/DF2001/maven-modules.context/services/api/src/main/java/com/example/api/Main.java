package com.example.api;
public class Main { public static void main(String[] a) {} }
