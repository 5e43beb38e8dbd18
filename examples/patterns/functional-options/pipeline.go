//go:build go1.18

package functionaloptions

// region generic

// Pipeline passes values of type T through a buffered channel.
type Pipeline[T any] struct {
	bufferSize int
	workers    int
	in         chan T
}

// PipelineOption configures a Pipeline of the same element type. It has to
// be generic too: an option for Pipeline[any] cannot be applied to a
// Pipeline[string], because they are different types.
type PipelineOption[T any] func(*Pipeline[T]) // [!code highlight]

// WithBufferSize sets the input channel's capacity. The default is 64;
// a negative size keeps it (make would panic on it).
func WithBufferSize[T any](n int) PipelineOption[T] { // [!code highlight]
	return func(p *Pipeline[T]) {
		if n >= 0 {
			p.bufferSize = n
		}
	}
}

// WithWorkers sets how many goroutines read the input. The default is 1;
// a count below 1 keeps it.
func WithWorkers[T any](n int) PipelineOption[T] {
	return func(p *Pipeline[T]) {
		if n > 0 {
			p.workers = n
		}
	}
}

// NewPipeline returns a pipeline with the defaults, changed by opts. The
// channel is made after the options have run, so it gets their buffer size.
func NewPipeline[T any](opts ...PipelineOption[T]) *Pipeline[T] {
	p := &Pipeline[T]{bufferSize: 64, workers: 1}
	for _, opt := range opts {
		if opt != nil {
			opt(p)
		}
	}
	p.in = make(chan T, p.bufferSize)
	return p
}

// endregion generic
