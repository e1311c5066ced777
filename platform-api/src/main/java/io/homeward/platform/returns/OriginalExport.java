package io.homeward.platform.returns;

import java.time.LocalDate;

/**
 * The export declaration the goods first left under; evidence for returned-goods relief.
 */
public record OriginalExport(String reference, LocalDate exportedOn) {

}
