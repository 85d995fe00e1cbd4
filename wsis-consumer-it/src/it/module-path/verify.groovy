// The modular consumer ran on the module path against the SDK from the invoker's repository.
def log = new File(basedir, 'build.log').text
assert log.contains('module path: read c-2024-0042 and round-tripped it through [io.github.wsis20.io.WsisModule]')
assert !log.contains('module path: FAILED')
assert log.contains('BUILD SUCCESS')
