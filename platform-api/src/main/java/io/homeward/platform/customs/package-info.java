/**
 * Customs for shared loads. So far pure domain code: the rules, as data with their legal
 * source (returned goods relief per item under Union Customs Code Art. 203 and HTS
 * 9801.00.10; the waste papers an item needs under the Waste Shipment Regulation (EU)
 * 2024/1157 and the Basel e-waste entries), the commercial invoice per shipper with its
 * PDF, and the declaration's status. The declarations themselves, their storage and API,
 * the recorded documents and the dispatch gate come in later steps.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared" })
package io.homeward.platform.customs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
