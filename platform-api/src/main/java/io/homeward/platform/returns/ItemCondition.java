package io.homeward.platform.returns;

public enum ItemCondition {

	NEW, OPENED, USED, DAMAGED, DEFECTIVE, SCRAP

}
