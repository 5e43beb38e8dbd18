//go:build bad

// Package bad pools []byte values: every Put allocates.
package bad

import (
	"hash/crc32"
	"io"
	"sync"
)

// region bad

var bufPool = sync.Pool{
	New: func() any { return make([]byte, 4096) },
}

// Checksum returns the CRC-32 of everything r yields.
func Checksum(r io.Reader) (uint32, error) {
	buf := bufPool.Get().([]byte)
	defer bufPool.Put(buf) // a slice is not a pointer: Put boxes a copy // [!code highlight]

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

// endregion bad
