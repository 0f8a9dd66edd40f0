import { SearchOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Grid, Input, Row, Skeleton, Tree, type TreeDataNode } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';
import { useDebouncedValue } from '@/hooks/use-debounced-value';

import { useUnits } from '../api/units';
import { buildTree, matchTree, type UnitTreeNode } from '../tree';
import type { Grant } from '../types';

import { UnitDetails, type OrganisationLinks } from './unit-details';
import { UnitKindIcon } from './unit-kind';

function toTreeData(nodes: UnitTreeNode[], visible: Set<string>): TreeDataNode[] {
  return nodes
    .filter((node) => visible.has(node.key))
    .map((node) => ({
      key: node.key,
      title: (
        <span className={node.unit.dissolvedAt ? 'tree-node tree-node--dissolved' : 'tree-node'}>
          <span data-testid="org-tree-node">{node.unit.name}</span>
          {node.unit.memberCount > 0 && <span className="tree-node__count"> · {node.unit.memberCount}</span>}
        </span>
      ),
      icon: <UnitKindIcon kind={node.unit.kind} />,
      children: toTreeData(node.children, visible),
    }));
}

/** The units the user may see, as a searchable virtual tree, and the selected one's details. */
export function OrganisationBrowser({ grants, links }: { grants: readonly Grant[]; links: OrganisationLinks }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const units = useUnits();
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('unit') ?? undefined;
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search, 200);
  const [expanded, setExpanded] = useState<React.Key[]>();

  const list = useMemo(() => units.data ?? [], [units.data]);
  const roots = useMemo(() => buildTree(list), [list]);
  const match = useMemo(() => matchTree(list, query), [list, query]);
  const treeData = useMemo(() => toTreeData(roots, match.visible), [roots, match]);
  const selected = list.find((unit) => unit.id === selectedId) ?? (selectedId ? undefined : list[0]);

  // Default: the roots and the path to the selected unit open; a search opens the paths to its hits.
  const defaultExpanded = useMemo(() => {
    const keys = new Set<string>(roots.map((root) => root.key));
    if (selected) for (const id of selected.path) keys.add(id);
    return [...keys];
  }, [roots, selected]);
  const expandedKeys = query ? match.expand : (expanded ?? defaultExpanded);

  if (units.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (units.error) return <ProblemAlert error={units.error} />;
  if (!list.length) return <Empty description={t('organisation.empty')} />;

  return (
    <Row gutter={[16, 16]} className="organisation-browser">
      <Col xs={24} lg={9}>
        <Card className="org-tree-card" size="small">
          <label htmlFor="org-tree-search" className="sr-only">
            {t('organisation.searchTree')}
          </label>
          <Input
            id="org-tree-search"
            allowClear
            prefix={<SearchOutlined aria-hidden />}
            placeholder={t('organisation.searchTree')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            data-testid="org-tree-search"
            className="org-tree-search"
          />
          <div aria-live="polite" className="sr-only">
            {query ? t('organisation.searchResults', { count: Math.max(0, match.visible.size - match.expand.length) }) : ''}
          </div>
          <Tree
            showIcon
            blockNode
            height={screens.lg ? 560 : 320}
            treeData={treeData}
            expandedKeys={expandedKeys}
            onExpand={(keys) => setExpanded(keys)}
            selectedKeys={selected ? [selected.id] : []}
            onSelect={(keys) => {
              const key = keys[0];
              if (key) setParams((current) => {
                const next = new URLSearchParams(current);
                next.set('unit', String(key));
                return next;
              });
            }}
            aria-label={t('organisation.treeLabel')}
            data-testid="org-tree"
          />
        </Card>
      </Col>
      <Col xs={24} lg={15}>
        {selected ? (
          <UnitDetails unit={selected} units={list} grants={grants} links={links} />
        ) : (
          <Empty description={t('organisation.notFound')} />
        )}
      </Col>
    </Row>
  );
}
