package com.creatorcompass.contracts.query;

/** The account of one user; answered with an {@link Account}, or nothing when not registered. */
public record FindAccount(String userId) {}
