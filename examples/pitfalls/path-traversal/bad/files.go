//go:build bad

// Package bad serves the files of one directory over HTTP.
package bad

import (
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
)

// region handler

// Files serves the files under one directory at GET /files/{name}.
type Files struct {
	dir    string
	logger *slog.Logger
}

// New serves the files in dir.
func New(dir string, logger *slog.Logger) (*Files, error) {
	return &Files{dir: dir, logger: logger}, nil
}

// Close does nothing; it matches the Good version.
func (f *Files) Close() error { return nil }

// Register adds the handler's route to mux.
func (f *Files) Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /files/{name}", f.serve)
}

func (f *Files) serve(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	file, err := os.Open(filepath.Join(f.dir, name)) // [!code highlight]
	if err != nil {
		f.logger.InfoContext(r.Context(), "open file", "name", name, "err", err)
		http.NotFound(w, r)
		return
	}
	defer file.Close()
	info, err := file.Stat()
	if err != nil || !info.Mode().IsRegular() {
		http.NotFound(w, r)
		return
	}
	http.ServeContent(w, r, info.Name(), info.ModTime(), file)
}

// endregion handler
