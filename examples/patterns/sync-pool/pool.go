//go:build go1.18

// Package syncpool reuses encoding buffers through a sync.Pool.
package syncpool

import (
	"bytes"
	"encoding/json"
	"io"
	"sync"
)

// region pool

// bufPool holds *bytes.Buffer values: pointers, so Put and Get move a
// pointer, not a copy of the buffer.
var bufPool = sync.Pool{
	New: func() any { return new(bytes.Buffer) },
}

// maxPooled is the largest buffer worth keeping. A rare huge message
// would otherwise stay in the pool and be held for every later user.
const maxPooled = 64 << 10

// WriteJSON encodes v into w through a pooled buffer, so a response is
// written in one call and a failed encoding writes nothing.
func WriteJSON(w io.Writer, v any) error {
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset() // a pooled buffer still holds its last user's bytes // [!code highlight]
	defer func() {
		if buf.Cap() <= maxPooled {
			bufPool.Put(buf) // [!code highlight]
		}
	}()

	if err := json.NewEncoder(buf).Encode(v); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// endregion pool
