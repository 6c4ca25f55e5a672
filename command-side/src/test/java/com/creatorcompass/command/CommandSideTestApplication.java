package com.creatorcompass.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The command side alone, as the integration tests run it. */
@SpringBootApplication
public class CommandSideTestApplication {}
