// ketcher-standalone's package exports give the separate-.wasm build no types; it has the same API as the default build.
declare module 'ketcher-standalone/dist/binaryWasm' {
  export { StandaloneStructServiceProvider } from 'ketcher-standalone';
}
