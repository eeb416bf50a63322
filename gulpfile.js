const fs = require('fs');
const { src, dest, parallel } = require('gulp');

// gulp 5 re-encodes files as UTF-8 unless told otherwise, which corrupts PNGs.
const binarySafe = { encoding: false };

function clean(done) {
	fs.rmSync('dist', { recursive: true, force: true });
	done();
}

function nodeAssets() {
	return src('nodes/**/*.{png,svg,json}', binarySafe).pipe(dest('dist/nodes'));
}

function credentialAssets() {
	return src('credentials/**/*.{png,svg}', binarySafe).pipe(dest('dist/credentials'));
}

exports.clean = clean;
exports.assets = parallel(nodeAssets, credentialAssets);
