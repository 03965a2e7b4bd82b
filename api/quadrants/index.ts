/** Quadrants: quadrant models, provisions placed on them, positioning surveys and effort per quadrant. */
export { quadrantProfile } from "./arrangement-profile";
export { arrangementShares, hoursByQuadrant } from "./effort-hours";
export { quadrantLoaders } from "./loaders";
export { PositionResponseResolver, PositionSurveyResolver } from "./position-survey.resolver";
export { type RowProblem } from "./position-survey.service";
export { ProvisionPlacementResolver, ProvisionResolver } from "./provision.resolver";
export { checkPoint } from "./provision.service";
export { QuadrantEffortResolver } from "./quadrant-effort.resolver";
export { QuadrantModelResolver } from "./quadrant-model.resolver";
export { findVisibleModel, modelForMunicipality } from "./quadrant-model.service";
