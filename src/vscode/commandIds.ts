// Command ids, as contributed in package.json.
export const CHECK_ATTRIBUTIONS = 'copydesk.checkAttributions';
export const CHECK_WORKSPACE = 'copydesk.checkWorkspace';
export const OPEN_ENTITY_LIST = 'copydesk.openEntityList';
export const RELOAD_ENTITY_LISTS = 'copydesk.reloadEntityLists';
export const TOGGLE_CODE_LENSES = 'copydesk.toggleCodeLenses';
export const ADD_TO_ENTITY_LIST = 'copydesk.addToEntityList';
export const REPORT_VIEW = 'copydesk.report';
