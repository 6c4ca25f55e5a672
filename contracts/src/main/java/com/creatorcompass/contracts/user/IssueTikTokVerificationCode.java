package com.creatorcompass.contracts.user;

/** A new code for the linked account (for a link made before codes existed, or a code lost); the old one stops counting. */
public record IssueTikTokVerificationCode(String userId) implements UserCommand {}
