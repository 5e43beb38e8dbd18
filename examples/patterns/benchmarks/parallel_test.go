//go:build go1.3

package benchmarks_test

import (
	"sync"
	"testing"
)

// region parallel

// BenchmarkMapParallel measures a mutex-guarded map read from many
// goroutines at once (GOMAXPROCS of them by default).
func BenchmarkMapParallel(b *testing.B) {
	var mu sync.Mutex
	m := map[string]int{"key": 1}
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			mu.Lock()
			v, ok := m["key"]
			mu.Unlock()
			if !ok || v != 1 {
				// This body runs on other goroutines: b.Fatal here would
				// not stop the benchmark. Report and return instead.
				b.Error("key missing") // [!code highlight]
				return
			}
		}
	})
}

// endregion parallel
