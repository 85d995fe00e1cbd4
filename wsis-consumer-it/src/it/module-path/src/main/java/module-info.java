/** A user's modular application: it requires the SDK's reading module and nothing else of it. */
module example.modular {
  requires io.github.wsis20.io;
}
