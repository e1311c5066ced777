/**
 * Customs for shared loads. This first step holds the rules only, as data with their
 * legal source: returned goods relief per item (Union Customs Code Art. 203, HTS
 * 9801.00.10) and the waste papers an item needs under the Waste Shipment Regulation (EU)
 * 2024/1157 and the Basel e-waste entries. The declarations, commercial invoices,
 * recorded documents and the dispatch gate that use these rules come in later steps.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared" })
package io.homeward.platform.customs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
