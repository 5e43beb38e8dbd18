//go:build bad

// Package bad releases its memory budget twice on an error path.
package bad

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"golang.org/x/sync/semaphore"
)

// Budget is the memory, in bytes, that images being decoded may take at once.
const Budget = 64 << 20

// memory is replaced by tests.
var memory = semaphore.NewWeighted(Budget)

// region thumbnail

// Thumbnail decodes img and shrinks it, holding four bytes of the memory
// budget for each byte of img while it works.
func Thumbnail(ctx context.Context, img []byte) ([]byte, error) {
	need := 4 * int64(len(img))
	if err := memory.Acquire(ctx, need); err != nil {
		return nil, err
	}
	defer memory.Release(need)
	pixels, err := decode(img)
	if err != nil {
		memory.Release(need) // [!code highlight]
		return nil, fmt.Errorf("thumbnail: %w", err)
	}
	return shrink(pixels), nil
}

// endregion thumbnail

var errCorrupt = errors.New("corrupt image")

// decode stands for an image decoder: four bytes of pixels per byte of input.
func decode(img []byte) ([]byte, error) {
	if !bytes.HasPrefix(img, []byte("IMG")) {
		return nil, errCorrupt
	}
	return bytes.Repeat(img, 4), nil
}

func shrink(pixels []byte) []byte { return pixels[:len(pixels)/16] }
