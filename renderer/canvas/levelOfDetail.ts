/** Level of detail of the canvas: below `FAR_ZOOM` text would be under 4 px high, so it is not drawn at all. */
export const FAR_ZOOM = 0.35;

/**
 * Maps with more nodes than this are drawn without React Flow nodes when far out: every box is a
 * plain rectangle of the background layer, so showing a 2,000-activity map mounts no node at all.
 */
export const FAR_NODE_LIMIT = 300;
