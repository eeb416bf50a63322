'use strict';
/**
 * Tiny client for the few n8n internal REST routes the dev scripts need (verified against the
 * installed n8n 2.8.4 and 2.41.1 code under .cache/):
 *   GET  /rest/settings        → data.userManagement.showSetupOnFirstLoad (true until an owner exists)
 *   POST /rest/owner/setup     { email, firstName, lastName, password }   (no auth; only while no owner)
 *   POST /rest/login           { emailOrLdapLoginId, password }           → `n8n-auth` cookie
 * Cookie-authenticated calls must repeat the `browser-id` header used at login.
 * All requests are bounded by a timeout.
 */
const BROWSER_ID = 'n8n-nodes-sora-dev-scripts';
const TIMEOUT_MS = 30000;

async function request(baseUrl, route, { method = 'GET', body, cookie, timeoutMs = TIMEOUT_MS } = {}) {
	const res = await fetch(new URL(route, baseUrl), {
		method,
		headers: {
			accept: 'application/json',
			'browser-id': BROWSER_ID,
			...(body !== undefined ? { 'content-type': 'application/json' } : {}),
			...(cookie ? { cookie } : {}),
		},
		body: body !== undefined ? JSON.stringify(body) : undefined,
		signal: AbortSignal.timeout(timeoutMs),
		redirect: 'manual',
	});
	const text = await res.text();
	let json;
	try {
		json = text ? JSON.parse(text) : undefined;
	} catch {
		json = undefined;
	}
	return { status: res.status, headers: res.headers, text, json };
}

async function getSettings(baseUrl) {
	const res = await request(baseUrl, '/rest/settings');
	if (res.status !== 200) throw new Error(`GET /rest/settings → ${res.status}: ${res.text.slice(0, 300)}`);
	return res.json.data ?? res.json;
}

/**
 * Create the owner account if the instance has none yet.
 * @returns {Promise<{created:boolean, status?:number, user?:object}>}
 */
async function setupOwner(baseUrl, { email, password, firstName, lastName }) {
	const settings = await getSettings(baseUrl);
	if (settings?.userManagement && settings.userManagement.showSetupOnFirstLoad === false) {
		return { created: false, reason: 'owner already set up' };
	}
	const res = await request(baseUrl, '/rest/owner/setup', { method: 'POST', body: { email, password, firstName, lastName } });
	if (res.status !== 200) throw new Error(`POST /rest/owner/setup → ${res.status}: ${res.text.slice(0, 500)}`);
	return { created: true, status: res.status, user: res.json?.data };
}

function cookieFrom(headers) {
	const all = typeof headers.getSetCookie === 'function' ? headers.getSetCookie() : [headers.get('set-cookie')].filter(Boolean);
	return all.map((c) => c.split(';')[0]).join('; ');
}

/** Log in; returns { cookie, user }. */
async function login(baseUrl, email, password) {
	const res = await request(baseUrl, '/rest/login', { method: 'POST', body: { emailOrLdapLoginId: email, password } });
	if (res.status !== 200) throw new Error(`POST /rest/login → ${res.status}: ${res.text.slice(0, 500)}`);
	const cookie = cookieFrom(res.headers);
	if (!cookie.includes('n8n-auth=')) throw new Error('POST /rest/login did not set the n8n-auth cookie');
	return { cookie, user: res.json?.data };
}

async function getJson(baseUrl, route, cookie) {
	const res = await request(baseUrl, route, { cookie });
	if (res.status !== 200) throw new Error(`GET ${route} → ${res.status}: ${res.text.slice(0, 500)}`);
	return res.json;
}

module.exports = { request, getSettings, setupOwner, login, getJson, BROWSER_ID };
