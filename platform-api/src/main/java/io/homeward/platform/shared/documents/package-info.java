/**
 * What the modules' printed documents share: QR codes as PNG and the embedded fonts of
 * their PDFs, so that a unit label, a return label and a commercial invoice are drawn
 * alike.
 */
@NullMarked
package io.homeward.platform.shared.documents;

import org.jspecify.annotations.NullMarked;
