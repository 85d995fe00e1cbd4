/**
 * Test support shared by the SDK's modules: sample contributions and QuickTheories generators of
 * valid ones. Internal to the build: not published, used in test scope only.
 */
package io.github.wsis20.testing;
