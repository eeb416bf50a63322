import type { StatusVocabulary } from './read';

/** The words of the OpenAI-style task objects that APIMart, EvoLink and GlobalAI OPC return. */
export const taskObjectVocabulary: StatusVocabulary = {
	queued: ['pending', 'queued', 'submitted'],
	processing: ['processing', 'in_progress', 'running'],
	completed: ['completed', 'succeeded', 'success'],
	failed: ['failed', 'cancelled', 'canceled', 'failure'],
};

/** The new-api / MJ-proxy task format that YutoAI's endpoints use (`FAIL` is seen besides `FAILURE`). */
export const newApiTaskVocabulary: StatusVocabulary = {
	queued: ['NOT_START', 'SUBMITTED', 'QUEUED', 'PENDING'],
	processing: ['IN_PROGRESS', 'PROCESSING', 'RUNNING'],
	completed: ['SUCCESS', 'COMPLETED', 'SUCCEEDED'],
	failed: ['FAILURE', 'FAIL', 'FAILED', 'CANCELLED', 'CANCELED'],
};
