//go:build go1.18

// Package syncpoolnonpointer pools *[]byte values: Put stores a pointer
// and allocates nothing.
package syncpoolnonpointer

import (
	"hash/crc32"
	"io"
	"sync"
)

// region good

var bufPool = sync.Pool{
	New: func() any {
		b := make([]byte, 4096)
		return &b
	},
}

// Checksum returns the CRC-32 of everything r yields.
func Checksum(r io.Reader) (uint32, error) {
	bufp := bufPool.Get().(*[]byte)
	defer bufPool.Put(bufp) // a pointer fits in the interface as it is // [!code highlight]

	h := crc32.NewIEEE()
	// io.CopyBuffer ignores the buffer when r has a WriteTo method (an
	// *os.File, a *bytes.Reader), and *os.File's falls back to io.Copy
	// with a fresh 32 KiB buffer. Wrapping r hides WriteTo.
	if _, err := io.CopyBuffer(h, struct{ io.Reader }{r}, *bufp); err != nil {
		return 0, err
	}
	return h.Sum32(), nil
}

// endregion good
