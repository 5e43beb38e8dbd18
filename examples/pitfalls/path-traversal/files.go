// Package files serves the files of one directory over HTTP.
package files

import (
	"errors"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
)

// region handler

// Files serves the files under one directory at GET /files/{name}.
type Files struct {
	root   *os.Root
	logger *slog.Logger
}

// New opens dir. Every file the handler serves is opened through the
// os.Root, which refuses names that lead outside dir.
func New(dir string, logger *slog.Logger) (*Files, error) {
	root, err := os.OpenRoot(dir) // [!code highlight]
	if err != nil {
		return nil, err
	}
	return &Files{root: root, logger: logger}, nil
}

// Close closes the directory.
func (f *Files) Close() error { return f.root.Close() }

// Register adds the handler's route to mux.
func (f *Files) Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /files/{name}", f.serve)
}

func (f *Files) serve(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	file, err := f.root.Open(name) // [!code highlight]
	if err != nil {
		// Missing, outside the directory or unreadable: the client gets the
		// same 404 for each, and the log tells them apart.
		level := slog.LevelWarn
		if errors.Is(err, fs.ErrNotExist) {
			level = slog.LevelDebug
		}
		f.logger.Log(r.Context(), level, "open file", "name", name, "err", err)
		http.NotFound(w, r)
		return
	}
	defer file.Close()
	info, err := file.Stat()
	if err != nil || !info.Mode().IsRegular() {
		f.logger.WarnContext(r.Context(), "not a regular file", "name", name, "err", err)
		http.NotFound(w, r)
		return
	}
	http.ServeContent(w, r, info.Name(), info.ModTime(), file)
}

// endregion handler
