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

	buf := *bufp
	var crc uint32
	for {
		n, err := r.Read(buf)
		crc = crc32.Update(crc, crc32.IEEETable, buf[:n])
		if err == io.EOF {
			return crc, nil
		}
		if err != nil {
			return 0, err
		}
	}
}

// endregion good
