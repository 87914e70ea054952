/**
 * Maps an image's history steps (and so its layers and findings) back to the Dockerfile instructions
 * that made them, when the user linked the Dockerfile the image was built from.
 */
package dev.drydock.core.image.attribution;
