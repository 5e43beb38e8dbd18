//go:build go1.22

package r4

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"sync"
)

// region prealloc

// Labels formats n labels. The length is known, so the slice is made with
// that capacity once instead of growing (and copying) as append fills it.
func Labels(n int) []string {
	labels := make([]string, 0, n) // [!code highlight]
	for i := range n {
		labels = append(labels, "item-"+strconv.Itoa(i))
	}
	return labels
}

// Index maps each label to its position, with a size hint for the map.
func Index(labels []string) map[string]int {
	idx := make(map[string]int, len(labels))
	for i, l := range labels {
		idx[l] = i
	}
	return idx
}

// endregion prealloc

// region builder

// Join concatenates with a strings.Builder, which grows one buffer,
// instead of s += x, which copies the whole string on every iteration.
func Join(parts []string, sep string) string {
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(p)
	}
	return b.String()
}

// endregion builder

// region pool

// maxPooled is the largest buffer worth keeping for the next call.
const maxPooled = 64 << 10

// bufPool reuses encoding buffers. It holds pointers (*bytes.Buffer): a
// non-pointer value would be copied into an interface, which allocates on
// every Put (staticcheck SA6002).
var bufPool = sync.Pool{
	New: func() any { return new(bytes.Buffer) },
}

// Encode returns v as JSON, encoding into a pooled buffer.
func Encode(v any) ([]byte, error) {
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset() // [!code highlight]
	defer func() {
		// One huge value would otherwise pin its huge buffer in the pool.
		if buf.Cap() <= maxPooled {
			bufPool.Put(buf)
		}
	}()

	if err := json.NewEncoder(buf).Encode(v); err != nil {
		return nil, err
	}
	// Copy out: buf goes back to the pool and will be overwritten.
	return bytes.Clone(buf.Bytes()), nil
}

// endregion pool
