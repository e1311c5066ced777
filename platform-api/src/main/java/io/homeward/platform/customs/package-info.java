/**
 * Customs for shared loads: the rules, as data with their legal source (returned goods
 * relief per item under Union Customs Code Art. 203 and HTS 9801.00.10; the waste papers
 * an item needs under the Waste Shipment Regulation (EU) 2024/1157 and the Basel e-waste
 * entries), the declaration of a load that crosses a customs border, the commercial
 * invoice per shipper with its PDF, the documents recorded for a load, and the check that
 * keeps a load from being dispatched without them.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "tenancy", "network", "returns", "consolidation" })
package io.homeward.platform.customs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
