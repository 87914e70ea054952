/**
 * The whole image inspection in one call: every analyzer over every layer, the distribution put into
 * the OS packages' Package URLs, then every image rule. What the CLI's {@code drydock scan} and the
 * GUI's image scan run.
 */
package dev.drydock.core.image.inspect;
