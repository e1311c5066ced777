package io.homeward.platform.returns;

/** Whether an item travels as a product or, under waste shipment rules, as waste. */
public enum ItemGoodsClass {

	PRODUCT, WASTE

}
