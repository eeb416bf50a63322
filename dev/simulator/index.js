'use strict';

const { startSimulator, PROVIDER_IDS, BASE_PATHS } = require('./server');
const { FAILURE_REASON, OUTCOMES } = require('./tasks');
const { MYSTERY_STATE } = require('./dialects/shared');
const { SAMPLE_MP4 } = require('./video');

module.exports = { startSimulator, PROVIDER_IDS, BASE_PATHS, FAILURE_REASON, OUTCOMES, MYSTERY_STATE, SAMPLE_MP4 };
