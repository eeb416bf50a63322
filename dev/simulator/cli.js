#!/usr/bin/env node
'use strict';

const { startSimulator } = require('./index');

const USAGE = `Usage: node dev/simulator/cli.js [options]
  --port N               port on 127.0.0.1 (default 5680; 0 picks a free one)
  --api-key KEY          the only accepted bearer key (default sk-demo)
  --render-ms N          time lifecycle: render for N ms after create
  --queued-ms N          time lifecycle: queued for N ms first (default min(1000, render/10))
  --queued-polls N       polls lifecycle: status polls answered "queued" (default 1)
  --processing-polls N   polls lifecycle: then polls answered "processing" (default 2)
  --video-bytes N        size of every served MP4 (default: the ~2 KB sample)
  --estimated-seconds N  estimated_time reported by providers that have it
Prints one JSON line {"ready":true,"origin":...} when listening; stops on SIGTERM/SIGINT.`;

const NUMERIC = {
  '--port': 'port',
  '--render-ms': 'renderMs',
  '--queued-ms': 'queuedMs',
  '--queued-polls': 'queuedPolls',
  '--processing-polls': 'processingPolls',
  '--video-bytes': 'videoBytes',
  '--estimated-seconds': 'estimatedSeconds',
};

function parseArgs(argv) {
  const args = { port: 5680, apiKey: 'sk-demo' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    if (flag === '--help' || flag === '-h') return { help: true };
    const value = inline !== undefined ? inline : argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--api-key') args.apiKey = value;
    else if (NUMERIC[flag]) {
      if (!/^\d+$/.test(value)) throw new Error(`${flag} must be a non-negative integer`);
      args[NUMERIC[flag]] = Number(value);
    } else throw new Error(`unknown option ${flag}`);
  }
  return args;
}

function toOptions(args) {
  let lifecycle;
  if (args.renderMs !== undefined) {
    lifecycle = { mode: 'time', renderMs: args.renderMs, queuedMs: args.queuedMs };
  } else if (args.queuedPolls !== undefined || args.processingPolls !== undefined) {
    lifecycle = { mode: 'polls', queuedPolls: args.queuedPolls ?? 1, processingPolls: args.processingPolls ?? 2 };
  }
  return {
    port: args.port,
    apiKey: args.apiKey,
    lifecycle,
    videoBytes: args.videoBytes,
    estimatedSeconds: args.estimatedSeconds,
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const simulator = await startSimulator(toOptions(args));
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    simulator.close().then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdout.write(`${JSON.stringify({ ready: true, origin: simulator.origin })}\n`);
}

main().catch((error) => {
  process.stderr.write(`${JSON.stringify({ ready: false, error: error.message })}\n`);
  process.exit(1);
});
