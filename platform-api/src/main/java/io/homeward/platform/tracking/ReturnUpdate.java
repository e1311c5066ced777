package io.homeward.platform.tracking;

import java.util.UUID;

/**
 * A tracking event that reached a return: recorded on one of its parcels, or on a unit or
 * load one of them was inside at the event's time ({@link TrackingEvent#throughId()}
 * names that unit or load). A record so that later parts (the return's stage, its
 * milestones) add components without changing what subscribers already read.
 */
public record ReturnUpdate(UUID returnId, TrackingEvent event) {

}
