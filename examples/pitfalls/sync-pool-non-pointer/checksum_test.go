package syncpoolnonpointer_test

import (
	"bytes"
	"errors"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"testing/iotest"

	sp "fieldguide.dev/examples/pitfalls/sync-pool-non-pointer"
)

func TestChecksumConcurrent(t *testing.T) {
	in := strings.Repeat("field guide ", 1000)
	want := crc32.ChecksumIEEE([]byte(in))
	var wg sync.WaitGroup
	for range 20 {
		wg.Go(func() {
			got, err := sp.Checksum(strings.NewReader(in))
			if err != nil || got != want {
				t.Errorf("Checksum = %x, %v; want %x", got, err, want)
			}
		})
	}
	wg.Wait()
}

// Reading an *os.File, the pooled buffer is really used: an io.CopyBuffer
// given the file itself went through File.WriteTo and allocated a 32 KiB
// buffer on every call.
func TestChecksumUsesThePooledBuffer(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data")
	if err := os.WriteFile(path, make([]byte, 64<<10), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	run := func() {
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			t.Fatal(err)
		}
		if _, err := sp.Checksum(f); err != nil {
			t.Fatal(err)
		}
	}
	run() // fill the pool
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	const n = 50
	for range n {
		run()
	}
	runtime.ReadMemStats(&after)
	if perCall := (after.TotalAlloc - before.TotalAlloc) / n; perCall > 4096 {
		t.Errorf("Checksum allocated %d bytes per call, want well under the 32 KiB of a fresh copy buffer", perCall)
	}
}

// The pool's point: after the first call, a checksum allocates nothing, on
// average well under one allocation per call. (Under -race, the pool drops
// a quarter of what it is given, so misses still allocate now and then.)
// A pool of []byte values boxes the slice on every Put: one or more.
func TestChecksumDoesNotAllocate(t *testing.T) {
	data := bytes.Repeat([]byte("field guide "), 1000)
	r := bytes.NewReader(data)
	allocs := testing.AllocsPerRun(1000, func() {
		r.Reset(data)
		if _, err := sp.Checksum(r); err != nil {
			t.Fatal(err)
		}
	})
	if allocs >= 1 {
		t.Errorf("Checksum allocates %.2f times per call, want well under 1", allocs)
	}
}

// Readers may return data together with io.EOF, or a byte at a time: the
// sum covers every byte either way.
func TestChecksumOfUnusualReaders(t *testing.T) {
	in := strings.Repeat("field guide ", 1000)
	sum := crc32.ChecksumIEEE([]byte(in))
	for _, tc := range []struct {
		name string
		r    io.Reader
		want uint32
	}{
		{"data with EOF", iotest.DataErrReader(strings.NewReader(in)), sum},
		{"one byte", iotest.OneByteReader(strings.NewReader(in)), sum},
		{"empty", strings.NewReader(""), 0},
	} {
		if got, err := sp.Checksum(tc.r); err != nil || got != tc.want {
			t.Errorf("%s: Checksum = %x, %v; want %x", tc.name, got, err, tc.want)
		}
	}
}

// A read error is returned, not a checksum of what came before it.
func TestChecksumReturnsReadErrors(t *testing.T) {
	broken := errors.New("disk on fire")
	if _, err := sp.Checksum(io.MultiReader(strings.NewReader("abc"), iotest.ErrReader(broken))); !errors.Is(err, broken) {
		t.Errorf("Checksum = %v, want %v", err, broken)
	}
}
