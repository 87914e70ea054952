/**
 * File analyzers for what the distribution says about itself: its release ({@code os-release} and
 * the older release files) with an end-of-life table kept as data ({@code end-of-life.tsv}, dated),
 * and its accounts ({@code passwd}, {@code group}, {@code shadow}). Facts only; rules judge them.
 */
package dev.drydock.core.image.analyzers.os;
