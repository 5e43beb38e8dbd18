import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseApi, stdApi, stdDocUrl } from '../../src/lib/std-docs.ts';

const api = parseApi([
  'pkg errors, func Is(error, error) bool',
  'pkg net/http, type Server struct',
  'pkg net/http, type Server struct, ReadHeaderTimeout time.Duration',
  'pkg net/http, method (*Server) Shutdown(context.Context) error',
  'pkg sync, method (*WaitGroup) Go(func())',
  'pkg math/rand, func Intn(int) int',
  'pkg crypto/rand, func Read([]uint8) (int, error)',
  'pkg math/rand/v2, func IntN(int) int',
  'pkg internal/abi, func FuncPCABI0(interface{}) uintptr',
]);

test('inline code that names a standard library symbol links to its pkg.go.dev anchor', () => {
  assert.equal(stdDocUrl('errors.Is', api), 'https://pkg.go.dev/errors#Is');
  assert.equal(stdDocUrl('errors.Is(err, ErrNotFound)', api), 'https://pkg.go.dev/errors#Is');
  assert.equal(stdDocUrl('http.Server', api), 'https://pkg.go.dev/net/http#Server');
  assert.equal(stdDocUrl('http.Server.Shutdown', api), 'https://pkg.go.dev/net/http#Server.Shutdown');
  assert.equal(stdDocUrl('http.Server.ReadHeaderTimeout', api), 'https://pkg.go.dev/net/http#Server.ReadHeaderTimeout');
  assert.equal(stdDocUrl('(*sync.WaitGroup).Go', api), 'https://pkg.go.dev/sync#WaitGroup.Go');
  assert.equal(stdDocUrl('net/http', api), 'https://pkg.go.dev/net/http');
  assert.equal(stdDocUrl('math/rand', api), 'https://pkg.go.dev/math/rand');
});

test('code that is not a known symbol, or whose package name is ambiguous, gets no link', () => {
  assert.equal(stdDocUrl('errors.Nope', api), undefined);
  assert.equal(stdDocUrl('rand.Intn', api), undefined, 'math/rand, crypto/rand and math/rand/v2 are all package rand');
  assert.equal(stdDocUrl('t.Context()', api), undefined);
  assert.equal(stdDocUrl('go vet', api), undefined);
  assert.equal(stdDocUrl('http.Server{ReadHeaderTimeout: time.Second}', api), undefined);
  assert.equal(stdDocUrl('internal/abi', api), undefined);
  assert.equal(stdDocUrl('abi.FuncPCABI0', api), undefined);
});

test('the installed toolchain’s API knows context.WithoutCancel and testing.T.Context', () => {
  assert.equal(stdDocUrl('context.WithoutCancel', stdApi()), 'https://pkg.go.dev/context#WithoutCancel');
  assert.equal(stdDocUrl('testing.T.Context', stdApi()), 'https://pkg.go.dev/testing#T.Context');
});
