package com.example.core;
public class Cart {}
