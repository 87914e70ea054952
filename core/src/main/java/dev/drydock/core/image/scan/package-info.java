/**
 * Scanning image contents, the way Trivy's fanal does it: every layer is streamed once through the
 * {@link dev.drydock.core.image.scan.FileAnalyzer}s, which find facts in single files (packages, OS
 * release, accounts, secrets, miner traces) without judging them; the facts of a layer are cached by
 * its digest; then the layers are stacked into a {@link dev.drydock.core.image.scan.ScannedImage}
 * (merged filesystem with whiteouts applied, facts located in their layer and marked when a later
 * layer hides them), which image rules judge.
 */
package dev.drydock.core.image.scan;
