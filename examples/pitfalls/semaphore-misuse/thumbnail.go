// Package thumbnail makes small copies of images, bounding the memory that
// the images being decoded take at once.
package thumbnail

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

// ErrTooLarge reports an image that needs more memory than the whole budget.
var ErrTooLarge = errors.New("thumbnail: image needs more memory than the budget")

// region thumbnail

// Thumbnail decodes img and shrinks it, holding four bytes of the memory
// budget for each byte of img while it works.
func Thumbnail(ctx context.Context, img []byte) ([]byte, error) {
	need := 4 * int64(len(img))
	if need > Budget {
		return nil, ErrTooLarge // Acquire would wait until ctx ends
	}
	if err := memory.Acquire(ctx, need); err != nil {
		return nil, err
	}
	defer memory.Release(need) // the one Release, on every path // [!code highlight]
	pixels, err := decode(img)
	if err != nil {
		return nil, fmt.Errorf("thumbnail: %w", err)
	}
	return shrink(pixels), nil
}

// endregion thumbnail

var errCorrupt = errors.New("corrupt image")

// decode stands for an image decoder: four bytes of pixels per byte of
// input. Tests replace it.
var decode = func(img []byte) ([]byte, error) {
	if !bytes.HasPrefix(img, []byte("IMG")) {
		return nil, errCorrupt
	}
	return bytes.Repeat(img, 4), nil
}

func shrink(pixels []byte) []byte { return pixels[:len(pixels)/16] }
