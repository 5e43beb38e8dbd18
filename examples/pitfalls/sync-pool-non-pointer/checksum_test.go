package syncpoolnonpointer_test

import (
	"hash/crc32"
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
