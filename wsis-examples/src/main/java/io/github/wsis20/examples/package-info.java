/**
 * Programs to run from the IDE to learn the SDK: each is a small class with a {@code main} that
 * needs no setup and no arguments.
 */
package io.github.wsis20.examples;
