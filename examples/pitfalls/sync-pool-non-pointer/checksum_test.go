package syncpoolnonpointer_test

import (
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

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
