package com.creatorcompass.command;

import com.creatorcompass.contracts.CommandRejectedException;
import com.creatorcompass.contracts.Rejection;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a command rejected with one particular code. */
public final class Rejections {

    private Rejections() {}

    public static Matcher<CommandRejectedException> rejectedWith(Rejection expected) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandRejectedException rejection) {
                return rejection.rejection() == expected;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a command rejected with " + expected);
            }
        };
    }
}
