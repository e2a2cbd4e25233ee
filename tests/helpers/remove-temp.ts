/** Setup file of every test project: each test file's temporary folders go once its tests are done. */
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp.ts';

afterAll(removeTempDirs);
